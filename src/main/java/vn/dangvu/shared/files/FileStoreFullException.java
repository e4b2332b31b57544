package vn.dangvu.shared.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The file store's disk has no room for an upload: answered 507 with the problem {@code files.storage-full}. The
 * message names the store and its free space for the log; the client sees only the localized problem.
 */
public class FileStoreFullException extends RuntimeException {

    /** The kernel's words for ENOSPC and EDQUOT, which Java passes on as the message of a plain IOException. */
    private static final String[] NO_SPACE = {"No space left on device", "Disk quota exceeded"};

    FileStoreFullException(Path root, long usableBytes, DataSize reserve) {
        super("file store " + root + " has " + usableBytes + " bytes usable, below the reserve of " + reserve);
    }

    FileStoreFullException(Path root, IOException cause) {
        super("file store " + root + " refused a write: " + cause.getMessage(), cause);
    }

    static boolean isNoSpaceLeft(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (mentionsNoSpace(t.getMessage())
                    || (t instanceof FileSystemException fs && mentionsNoSpace(fs.getReason()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsNoSpace(@Nullable String message) {
        if (message == null) {
            return false;
        }
        for (String words : NO_SPACE) {
            if (message.contains(words)) {
                return true;
            }
        }
        return false;
    }
}
