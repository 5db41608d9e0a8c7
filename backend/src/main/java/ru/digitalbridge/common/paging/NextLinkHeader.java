package ru.digitalbridge.common.paging;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Repeats a list page's {@code next} in a {@code Link: <…>; rel="next"} header (RFC 8288), as the change feed does. */
@Provider
// before EntityTags (priority USER), which turns the entity into bytes: response filters run highest first
@Priority(Priorities.USER + 100)
public class NextLinkHeader implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof PageResponse<?> page && page.next() != null) {
            response.getHeaders().add("Link", "<" + page.next() + ">; rel=\"next\"");
        }
    }
}
