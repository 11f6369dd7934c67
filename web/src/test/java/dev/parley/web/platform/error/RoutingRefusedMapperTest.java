package dev.parley.web.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.RoutingRefusedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class RoutingRefusedMapperTest {

  @Test
  void refusalsMapToTheirStatus() {
    assertThat(RoutingRefusedMapper.status(RoutingRefusedException.Kind.INVALID))
        .isEqualTo(Response.Status.BAD_REQUEST);
    assertThat(RoutingRefusedMapper.status(RoutingRefusedException.Kind.NOT_FOUND))
        .isEqualTo(Response.Status.NOT_FOUND);
    assertThat(RoutingRefusedMapper.status(RoutingRefusedException.Kind.CONFLICT))
        .isEqualTo(Response.Status.CONFLICT);
    assertThat(RoutingRefusedMapper.status(RoutingRefusedException.Kind.BUSY))
        .isEqualTo(Response.Status.SERVICE_UNAVAILABLE);
  }
}
