package com.salesperf.organization.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void boundsPageSizeAndOffset() {
        PageRequest page = new PageRequest(-5, 100_000, null, true, "  ");
        assertThat(page.first()).isZero();
        assertThat(page.size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(page.filter()).isNull();
        assertThat(page.sortField()).isEmpty();
    }

    @Test
    void escapesLikeWildcardsTypedByTheUser() {
        assertThat(new PageRequest(0, 10, null, true, "50%_off\\").likePattern())
                .isEqualTo("%50\\%\\_off\\\\%");
        assertThat(new PageRequest(0, 10, null, true, "ZHANG").likePattern()).isEqualTo("%zhang%");
    }
}
