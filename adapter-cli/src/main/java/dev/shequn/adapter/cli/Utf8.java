package dev.shequn.adapter.cli;

import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: a request with a broken byte is refused, never silently read with U+FFFD in it. */
final class Utf8 {

    private Utf8() {}

    /** The text, or the offset of the first byte that is not UTF-8. */
    static Either<Integer, String> decode(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, length + 16L));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return Either.left(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return Either.left(in.position());
        }
        return Either.right(out.flip().toString());
    }
}
