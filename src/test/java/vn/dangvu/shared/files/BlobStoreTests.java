package vn.dangvu.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** A full disk while storing an upload (issue 10 point 2): a clear exception and no half-written file left behind. */
class BlobStoreTests {

    @TempDir
    Path dir;

    @Test
    void aWriteTheDiskRefusesForLackOfSpaceIsAFullStoreAndLeavesNoPartFile() throws IOException {
        BlobStore store = new BlobStore(dir, DataSize.ofBytes(0));

        assertThatThrownBy(() -> store.put(failingAfter(64 * 1024, "No space left on device")))
                .isInstanceOf(FileStoreFullException.class)
                .hasMessageContaining("No space left on device");

        assertThat(filesUnder(dir)).as("the temporary file is removed").isEmpty();
        byte[] content = "Biên bản họp chi bộ".getBytes(StandardCharsets.UTF_8);
        BlobStore.StoredBlob stored = store.put(content);
        assertThat(store.read(stored.sha256())).isEqualTo(content);
    }

    @Test
    void anotherWriteFailureStaysAnInputOutputError() throws IOException {
        BlobStore store = new BlobStore(dir, DataSize.ofBytes(0));

        assertThatThrownBy(() -> store.put(failingAfter(10, "Connection reset")))
                .isInstanceOf(UncheckedIOException.class)
                .isNotInstanceOf(FileStoreFullException.class);
        assertThat(filesUnder(dir)).isEmpty();
    }

    @Test
    void anUploadThatWouldEatIntoTheReserveIsRefusedBeforeWriting() throws IOException {
        long usable = Files.getFileStore(dir).getUsableSpace();
        BlobStore store = new BlobStore(
                dir, DataSize.ofBytes(usable + DataSize.ofGigabytes(1).toBytes()));

        assertThatThrownBy(() -> store.put(new byte[] {1, 2, 3}))
                .isInstanceOf(FileStoreFullException.class)
                .hasMessageContaining("below the reserve");
        assertThat(filesUnder(dir)).isEmpty();

        store.minFreeSpace(DataSize.ofBytes(0));
        assertThat(store.put(new byte[] {1, 2, 3}).size()).isEqualTo(3);
    }

    /** A stream that yields {@code bytes} bytes, then fails the way a full disk makes a write fail. */
    private static InputStream failingAfter(int bytes, String message) {
        return new InputStream() {
            private final InputStream head = new ByteArrayInputStream(new byte[bytes]);

            @Override
            public int read() throws IOException {
                int b = head.read();
                if (b < 0) {
                    throw new IOException(message);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = head.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException(message);
                }
                return n;
            }
        };
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
