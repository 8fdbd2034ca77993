package dev.shequn.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouponCodeTest {

    @Test
    void givenAlphabet_whenReading_thenNoLookAlikesAreInIt() {
        assertThat(CouponCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
        assertThat(Math.pow(CouponCode.ALPHABET.length(), CouponCode.LENGTH)).isGreaterThanOrEqualTo(Math.pow(2, 48));
    }

    @Test
    void givenExtremeRandomBytes_whenEncoding_thenTenCharactersOfTheAlphabet() {
        CouponCode zero = CouponCode.fromRandom(new byte[6]);
        CouponCode max = CouponCode.fromRandom(new byte[] {-1, -1, -1, -1, -1, -1});

        assertThat(zero.value()).isEqualTo("2222222222");
        assertThat(max.value()).hasSize(10).matches("[" + CouponCode.ALPHABET + "]{10}");
    }

    @Test
    void givenDistinctRandomBytes_whenEncoding_thenDistinctCodes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            byte[] bytes = {(byte) (i >> 8), (byte) i, 7, 0, (byte) (i % 3), 1};
            codes.add(CouponCode.fromRandom(bytes).value());
        }
        assertThat(codes).hasSize(5000);
    }

    @Test
    void givenFewerThan48Bits_whenEncoding_thenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CouponCode.fromRandom(new byte[4]));
    }

    @Test
    void givenLowerCaseTyping_whenParsing_thenSameCode() {
        CouponCode code = CouponCode.fromRandom(new byte[] {1, 2, 3, 4, 5, 6});

        assertThat(CouponCode.parse(code.value().toLowerCase())).contains(code);
        assertThat(CouponCode.parse("O0I1L22222")).isEmpty();
        assertThat(CouponCode.parse("WELCOME50")).isEmpty();
    }
}
