package vn.dangvu.conference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The opinions of a conference counted, with the generated summary text.
 *
 * @param text the summary in the articles' wording
 * @param speakers distinct speakers (delegates, or organisations for a consultation)
 * @param groups groups in which opinions were raised
 * @param opinions all opinions
 * @param pending opinions not yet answered
 * @param perDraft per draft
 * @param perGroup per group
 * @param perDisposition per disposition (accepted, explained, reserved)
 */
public record OpinionDigest(
        String text,
        int speakers,
        int groups,
        int opinions,
        int pending,
        List<OpinionCount> perDraft,
        List<OpinionCount> perGroup,
        List<OpinionCount> perDisposition) {

    /**
     * One count.
     *
     * @param key the draft or group id, or the disposition
     * @param label its title or name
     * @param count how many opinions
     * @param accepted of which accepted
     * @param explained of which explained
     * @param reserved of which reserved
     */
    public record OpinionCount(
            @Nullable String key, String label, int count, int accepted, int explained, int reserved) {}
}
