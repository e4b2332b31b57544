package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.support.PlatformTestBase;

/**
 * The SPA's typed client is generated from {@code frontend/openapi.json}; this test fails when the server's OpenAPI
 * document differs from it. Refresh it with {@code ./mvnw verify -Ddangvu.openapi.write=true
 * -Dit.test=OpenApiContractIntegrationTests}, then {@code cd frontend && npm run api}.
 */
class OpenApiContractIntegrationTests extends PlatformTestBase {

    private static final Path CONTRACT = Path.of("frontend/openapi.json");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void theSpaClientMatchesTheServer() throws IOException {
        JsonNode live = JSON.readTree(client().get("/v3/api-docs").body());
        ((tools.jackson.databind.node.ObjectNode) live).remove("servers");
        String text = JSON.writeValueAsString(live) + "\n";
        if (Boolean.getBoolean("dangvu.openapi.write")) {
            Files.writeString(CONTRACT, text, StandardCharsets.UTF_8);
        }
        assertThat(JSON.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8)))
                .as("frontend/openapi.json is stale: regenerate it (see this test's Javadoc)")
                .isEqualTo(live);
    }
}
