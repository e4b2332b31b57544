package vn.dangvu.shared.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Deep links of the single-page app (e.g. {@code /org}, {@code /members/…}, {@code /admin/audit}) load its index page
 * when a browser asks for HTML; the app's router then shows the page or its own not-found page. Files (any segment
 * with a dot, such as {@code /assets/index.js}) and the API, actuator and OpenAPI paths are not matched, so they keep
 * their static handler or their problem-detail 404. The handbook's paths load the handbook's own page.
 */
@Controller
class SpaController {

    private static final String FIRST = "{first:^(?!api$|actuator$|v3$|swagger-ui$|error$|assets$|handbook$)[^.]+$}";

    @GetMapping(
            value = {
                "/" + FIRST,
                "/" + FIRST + "/{second:^[^.]+$}",
                "/" + FIRST + "/{second:^[^.]+$}/{third:^[^.]+$}",
                "/" + FIRST + "/{second:^[^.]+$}/{third:^[^.]+$}/{fourth:^[^.]+$}"
            },
            produces = MediaType.TEXT_HTML_VALUE)
    String index() {
        return "forward:/index.html";
    }

    /** The members' handbook is an app of its own (its own page, bundle and service worker). */
    @GetMapping(
            value = {
                "/handbook",
                "/handbook/{second:^[^.]+$}",
                "/handbook/{second:^[^.]+$}/{third:^[^.]+$}",
                "/handbook/{second:^[^.]+$}/{third:^[^.]+$}/{fourth:^[^.]+$}"
            },
            produces = MediaType.TEXT_HTML_VALUE)
    String handbook() {
        return "forward:/handbook.html";
    }
}
