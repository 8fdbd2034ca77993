package dev.shequn.application.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class JsonPointerTest {

    @Test
    void givenTheRoot_whenWritten_thenItIsTheEmptyString() {
        assertThat(JsonPointer.ROOT).hasToString("");
    }

    @Test
    void givenNamesAndIndexes_whenWritten_thenEachTokenFollowsASlash() {
        assertThat(JsonPointer.ROOT.child("lines").child(2).child("unitPrice")).hasToString("/lines/2/unitPrice");
    }

    @Test
    void givenTildeAndSlashInANames_whenWritten_thenTheyAreEscapedTildeFirst() {
        assertThat(JsonPointer.ROOT.child("unit/price").child("a~b").child("~1")).hasToString("/unit~1price/a~0b/~01");
        assertThat(JsonPointer.escape("plain")).isEqualTo("plain");
    }

    @Test
    void givenAnEmptyName_whenWritten_thenItIsAnEmptyToken() {
        assertThat(JsonPointer.ROOT.child("").child("x")).hasToString("//x");
    }

    @Test
    void givenTwoPointersToOnePlace_whenCompared_thenTheyAreEqual() {
        assertThat(JsonPointer.ROOT.child("a").child(0)).isEqualTo(JsonPointer.ROOT.child("a").child("0"))
                .hasSameHashCodeAs(JsonPointer.ROOT.child("a").child("0"));
    }

    @Test
    void givenANegativeIndex_whenAppending_thenItIsABug() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> JsonPointer.ROOT.child(-1));
    }
}
