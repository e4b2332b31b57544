package vn.dangvu.shared.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Deep links of the single-page app (e.g. {@code /org}, {@code /members/…}) load its index page when a browser asks
 * for HTML; the app's router then shows the page or its own not-found page. API, actuator, OpenAPI and file paths
 * (anything with a dot in its first segment) are not matched, so they keep their problem-detail 404.
 */
@Controller
class SpaController {

    private static final String PAGE = "{first:^(?!api$|actuator$|v3$|swagger-ui$|error$)[^.]+$}";

    @GetMapping(
            value = {"/" + PAGE, "/" + PAGE + "/**"},
            produces = MediaType.TEXT_HTML_VALUE)
    String index() {
        return "forward:/index.html";
    }
}
