package vn.dangvu.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one file store of ARCHITECTURE.md ("Files"): content-addressed by SHA-256 under {@code dangvu.files.dir}
 * (default {@code ./data/files}). A file is written to a temporary name and moved into place, so a reader never sees
 * half a file; the same content is stored once. Rows that refer to a file hold its digest and are written in the
 * caller's transaction: a rolled-back write leaves at most an unreferenced file, never a row without its file.
 *
 * <p>A full disk is a {@link FileStoreFullException}: before writing, the store keeps {@code dangvu.files.min-free-space}
 * (default 100 MB) free for the database, the logs and uploads in flight, and a write the disk refuses ("No space left
 * on device") ends the same way; the temporary file is removed, and the caller's row is never written because the
 * exception reaches it before its insert.
 */
@Component
public class BlobStore {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private volatile DataSize minFreeSpace;

    BlobStore(
            @Value("${dangvu.files.dir:./data/files}") Path root,
            @Value("${dangvu.files.min-free-space:100MB}") DataSize minFreeSpace) {
        this.root = root.toAbsolutePath().normalize();
        this.minFreeSpace = minFreeSpace;
    }

    /** Stores the stream's bytes and answers their digest and size. */
    public StoredBlob put(InputStream content) {
        return put(content, 0);
    }

    /** Stores the bytes and answers their digest and size. */
    public StoredBlob put(byte[] content) {
        return put(new ByteArrayInputStream(content), content.length);
    }

    /** The free space the store leaves on its disk. */
    public DataSize minFreeSpace() {
        return minFreeSpace;
    }

    /** Moves the reserve of free space while running, e.g. when the disk is being extended; the next upload obeys it. */
    public void minFreeSpace(DataSize reserve) {
        this.minFreeSpace = reserve;
    }

    private StoredBlob put(InputStream content, long expectedSize) {
        try {
            Files.createDirectories(root);
            ensureRoomFor(expectedSize);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                long size;
                try (DigestInputStream in = new DigestInputStream(content, sha256)) {
                    size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                String digest = HexFormat.of().formatHex(sha256.digest());
                Path target = pathOf(digest);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    move(temp, target);
                }
                return new StoredBlob(digest, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            if (FileStoreFullException.isNoSpaceLeft(e)) {
                throw new FileStoreFullException(root, e);
            }
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void ensureRoomFor(long size) throws IOException {
        long usable = Files.getFileStore(root).getUsableSpace();
        if (usable - size < minFreeSpace.toBytes()) {
            throw new FileStoreFullException(root, usable, minFreeSpace);
        }
    }

    /** Opens a stored file; the caller closes the stream. */
    public InputStream open(String digest) {
        try {
            return Files.newInputStream(pathOf(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a whole stored file. */
    public byte[] read(String digest) {
        try {
            return Files.readAllBytes(pathOf(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String digest) {
        return DIGEST.matcher(digest).matches() && Files.exists(pathOf(digest));
    }

    private Path pathOf(String digest) {
        if (!DIGEST.matcher(digest).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + digest);
        }
        return root.resolve(digest.substring(0, 2)).resolve(digest);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A stored file.
     *
     * @param sha256 its digest, the key to read it back
     * @param size its length in bytes
     */
    public record StoredBlob(String sha256, long size) {}
}
