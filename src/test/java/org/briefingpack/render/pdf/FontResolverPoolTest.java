package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FontResolverPoolTest {

    @Test
    void withResolver_afterARender_lendsTheSameResolverToTheNext() {
        FontResolverPool pool = new FontResolverPool();

        ReusableFontResolver first = pool.withResolver(resolver -> resolver);
        ReusableFontResolver second = pool.withResolver(resolver -> resolver);

        assertThat(second).as("its parsed fonts are kept for the next render").isSameAs(first);
        assertThat(pool.idleCount()).isEqualTo(1);
    }

    @Test
    void withResolver_rendersRunningAtOnce_neverShareAResolver() {
        FontResolverPool pool = new FontResolverPool();

        ReusableFontResolver[] inner = new ReusableFontResolver[1];
        ReusableFontResolver outer = pool.withResolver(resolver -> {
            inner[0] = pool.withResolver(other -> other);
            return resolver;
        });

        assertThat(inner[0]).isNotSameAs(outer);
        assertThat(pool.idleCount())
                .as("both come back; the pool grows to the renders run at once")
                .isEqualTo(2);
    }

    @Test
    void withResolver_whenTheRenderFails_stillTakesTheResolverBack() {
        FontResolverPool pool = new FontResolverPool();

        assertThatThrownBy(() -> pool.withResolver(resolver -> {
                    throw new IllegalStateException("layout failed");
                }))
                .hasMessage("layout failed");

        assertThat(pool.idleCount()).isEqualTo(1);
    }
}
