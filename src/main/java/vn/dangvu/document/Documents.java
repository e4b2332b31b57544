package vn.dangvu.document;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.document.internal.DocumentProperties;
import vn.dangvu.document.internal.DocumentQueries;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/** Read API of the document library for other modules (the handbook's home screen). */
@Service
@Transactional(readOnly = true)
public class Documents {

    private final DocumentQueries queries;
    private final DocumentProperties settings;

    Documents(DocumentQueries queries, DocumentProperties settings) {
        this.queries = queries;
        this.settings = settings;
    }

    /** How many published documents reaching the member they have not opened yet (0 without a member record). */
    public long unreadCount(Actor actor) {
        return queries.unreadCount(actor);
    }

    /** The latest documents published to the caller (not the drafts they manage), newest first. */
    public List<DocumentSummary> recentFor(Actor actor, int limit) {
        int size = Math.max(1, Math.min(limit, settings.recentLimit()));
        return queries.search(
                        new DocumentQueries.Filter(
                                null, null, null, null, null, DocumentStatus.PUBLISHED, false, false),
                        actor,
                        new Paging(0, size))
                .content();
    }

    /** The caller's unread documents, newest first. */
    public PageResult<DocumentSummary> unreadFor(Actor actor, Paging paging) {
        return queries.search(
                new DocumentQueries.Filter(null, null, null, null, null, null, false, true), actor, paging);
    }
}
