package vn.dangvu.conference.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generated summary of the opinions of a conference, in the wording of the committee's own reports ("59 đại biểu
 * phát biểu tại 4 tổ, nêu 130 ý kiến; trong đó có 34 ý kiến về …"), then how they were answered (REGULATIONS §9: the
 * "tiếp thu, giải trình" report). For a consultation the speakers are organisations ("… tổ chức đảng góp ý").
 */
public final class OpinionSummary {

    private OpinionSummary() {}

    /**
     * The figures of a summary.
     *
     * @param speakers distinct speakers (delegates, or organisations for a consultation)
     * @param groups groups in which they spoke (0 when there were none)
     * @param opinions all opinions
     * @param perDraft opinions per draft, in the drafts' order (drafts without any left out)
     * @param accepted answered "tiếp thu"
     * @param explained answered "giải trình"
     * @param reserved answered "bảo lưu"
     * @param organisations whether the speakers are organisations
     */
    public record Figures(
            int speakers,
            int groups,
            int opinions,
            List<DraftCount> perDraft,
            int accepted,
            int explained,
            int reserved,
            boolean organisations) {}

    /**
     * Opinions on one draft.
     *
     * @param title the draft
     * @param opinions how many
     */
    public record DraftCount(String title, int opinions) {}

    public static String text(Figures f) {
        StringBuilder out = new StringBuilder();
        if (f.opinions() == 0) {
            return "Chưa có ý kiến.";
        }
        out.append(number(f.speakers()));
        if (f.organisations()) {
            out.append(" tổ chức đảng góp ý");
        } else {
            out.append(" đại biểu phát biểu");
        }
        if (f.groups() > 0) {
            out.append(" tại ").append(number(f.groups())).append(" tổ");
        }
        out.append(", nêu ").append(number(f.opinions())).append(" ý kiến");
        List<String> drafts = new ArrayList<>();
        for (DraftCount d : f.perDraft()) {
            drafts.add(number(d.opinions()) + " ý kiến về " + d.title());
        }
        if (!drafts.isEmpty()) {
            out.append("; trong đó có ").append(String.join("; ", drafts));
        }
        out.append('.');
        int answered = f.accepted() + f.explained() + f.reserved();
        if (answered > 0) {
            out.append(" Đã tiếp thu ")
                    .append(number(f.accepted()))
                    .append(" ý kiến, giải trình ")
                    .append(number(f.explained()))
                    .append(" ý kiến, bảo lưu ")
                    .append(number(f.reserved()))
                    .append(" ý kiến");
            int pending = f.opinions() - answered;
            if (pending > 0) {
                out.append("; còn ").append(number(pending)).append(" ý kiến chưa trả lời");
            }
            out.append('.');
        } else {
            out.append(" Chưa ý kiến nào được trả lời.");
        }
        return out.toString();
    }

    /** A count with the Vietnamese thousands separator: {@code 2.309}. */
    static String number(long n) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(n);
    }
}
