package vn.dangvu.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an answer already on its way reach the client when the database goes away just after it: the session store
 * saves the session once more after the answer is committed, and if that save cannot reach the database the servlet
 * container would cut the connection in the middle of the answer (the client sees no status at all, although its write
 * may have been committed). Such a failure is logged and the answer completed; the only loss is the session's last
 * access time. Any other failure, or one before the answer is committed, goes on as before.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class CommittedAnswerFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CommittedAnswerFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (!response.isCommitted() || !DatabaseUnavailable.causes(failure)) {
                throw failure;
            }
            log.warn("answer {} sent, session not saved: database unavailable", response.getStatus());
        }
    }
}
