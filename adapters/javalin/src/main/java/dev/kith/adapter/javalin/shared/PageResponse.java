package dev.kith.adapter.javalin.shared;

import dev.kith.application.shared.Page;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: {@code {"items": [...], "nextCursor": "..." | null}}.
 *
 * @param items the page's items, in the list's order
 * @param nextCursor pass it as {@code ?cursor=} for the next page; null on the last page
 */
public record PageResponse<T>(List<T> items, String nextCursor) {

    /** Renders a page of the core's views with {@code render}. */
    public static <V, T> PageResponse<T> of(Page<V> page, Function<V, T> render) {
        return new PageResponse<>(page.items().stream().map(render).toList(), page.nextCursor().orElse(null));
    }
}
