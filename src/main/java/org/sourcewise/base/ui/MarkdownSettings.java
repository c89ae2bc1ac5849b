package org.sourcewise.base.ui;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hands {@link MarkdownText} the hosts that images in questions and lessons may come from
 * ({@code sourcewise.content.image-hosts}, comma-separated, none by default). The Content Security
 * Policy reads the same setting, so that the browser refuses what the renderer would not write.
 */
@Component
class MarkdownSettings {

    MarkdownSettings(@Value("${sourcewise.content.image-hosts:}") List<String> imageHosts) {
        MarkdownText.allowImagesFrom(imageHosts);
    }
}
