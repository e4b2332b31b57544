package vn.dangvu.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangvu.shared.Actor;

/** The OpenAPI document the SPA's typed client is generated from; the caller ({@link Actor}) is not a parameter. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI dangVuOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Đảng Vụ API")
                        .version("v1")
                        .description("Sổ tay đảng viên và điều hành tác nghiệp. Lỗi trả về theo RFC 9457 "
                                + "(application/problem+json) với mã lỗi ổn định trong trường code."));
    }
}
