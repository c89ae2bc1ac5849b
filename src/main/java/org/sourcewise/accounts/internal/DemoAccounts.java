package org.sourcewise.accounts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.sourcewise.accounts.DemoAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the demo accounts from {@code demo/demo.yaml}: demo content is data, not code. */
@Component
public class DemoAccounts {

    private final boolean enabled;
    private final List<DemoAccount> accounts;

    DemoAccounts(@Value("${sourcewise.demo:true}") boolean enabled) {
        this.enabled = enabled;
        this.accounts = read();
    }

    public boolean enabled() {
        return enabled;
    }

    public List<DemoAccount> accounts() {
        return accounts;
    }

    private record DemoFile(List<DemoAccount> accounts) {
    }

    private static List<DemoAccount> read() {
        var mapper = YAMLMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
        try (InputStream in = new ClassPathResource("demo/demo.yaml").getInputStream()) {
            return List.copyOf(mapper.readValue(in, DemoFile.class).accounts());
        } catch (IOException e) {
            throw new UncheckedIOException("demo/demo.yaml is missing from the class path", e);
        }
    }
}
