package vn.dangvu.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of login and sessions ({@code dangvu.security.*}).
 *
 * @param totpRequired staff accounts must enrol a TOTP second factor before using the application (on in prod)
 * @param maxFailures failed passwords in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param addressMaxFailures failed logins from one client address within {@code addressWindow} before it is refused
 * @param addressWindow the window of the per-address limit
 * @param secureCookies mark cookies {@code Secure} (behind HTTPS)
 * @param sessionTimeout idle time after which a session ends
 * @param publicApiDocs serve the OpenAPI document and Swagger UI without login (off in prod)
 * @param adminPassword the first administrator's password ({@code DANGVU_ADMIN_PASSWORD}); generated when empty
 */
@ConfigurationProperties("dangvu.security")
public record SecurityProperties(
        @DefaultValue("false") boolean totpRequired,
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("10m") Duration addressWindow,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue("true") boolean publicApiDocs,
        @DefaultValue("") String adminPassword) {}
