package org.sourcewise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageOpeningFilterTest {

    private final PageOpeningFilter filter = new PageOpeningFilter(null);

    private static MockHttpServletRequest request(String method, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/");
        request.setQueryString(query);
        return request;
    }

    @Test
    void opening_a_page_goes_through_the_lane() {
        assertThat(filter.shouldNotFilter(request("GET", "v-r=init&location=quiz%2F3&query="))).isFalse();
        assertThat(filter.shouldNotFilter(request("GET", "location=quiz&v-r=init"))).isFalse();
    }

    @Test
    void requests_of_an_open_page_and_everything_else_do_not() {
        assertThat(filter.shouldNotFilter(request("POST", "v-r=uidl&v-uiId=1"))).isTrue();
        assertThat(filter.shouldNotFilter(request("GET", "v-r=heartbeat&v-uiId=1"))).isTrue();
        assertThat(filter.shouldNotFilter(request("GET", null))).isTrue();
        assertThat(filter.shouldNotFilter(request("POST", "v-r=init"))).isTrue();
    }
}
