package dev.shequn.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class InviteCodeTest {

    @Property
    void givenAnyRandomBytes_thenCodeHasNoLookAlikes(@ForAll @Size(16) byte[] random) {
        String code = InviteCode.from(random).value();
        assertThat(code).hasSize(8).doesNotContainPattern("[01OILUV]");
    }

    @Test
    void givenSameBytes_thenSameCode_andDifferentBytesDiffer() {
        byte[] a = new byte[16];
        byte[] b = new byte[16];
        b[15] = 1;
        assertThat(InviteCode.from(a)).isEqualTo(InviteCode.from(a.clone()));
        assertThat(InviteCode.from(a)).isNotEqualTo(InviteCode.from(b));
    }

    @Test
    void givenTypedCode_whenParsed_thenCaseAndBlanksDoNotMatter_andLookAlikesAreRefused() {
        assertThat(InviteCode.parse(" abcd2345 ").value()).isEqualTo("ABCD2345");
        assertThat(InviteCode.isWellFormed("ABCD234O")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> InviteCode.parse("ABCD2341"));
    }
}
