package vn.dangvu.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The root of the organisation tree created on the first start ({@code dangvu.org.root-*}).
 *
 * @param kind its kind (PROVINCIAL for a city party committee)
 * @param code its code
 * @param name its name
 */
@ConfigurationProperties("dangvu.org.root")
public record RootProperties(
        @DefaultValue("PROVINCIAL") String kind,
        @DefaultValue("HN") String code,
        @DefaultValue("Đảng bộ Thành phố Hà Nội") String name) {}
