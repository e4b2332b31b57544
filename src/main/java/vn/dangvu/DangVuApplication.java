package vn.dangvu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Đảng Vụ: the member's handbook and party-work operations of a city party committee. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableScheduling
public class DangVuApplication {

    public static void main(String[] args) {
        SpringApplication.run(DangVuApplication.class, args);
    }
}
