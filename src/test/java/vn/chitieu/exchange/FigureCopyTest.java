package vn.chitieu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.createTarget;
import static vn.chitieu.Fixtures.exactly;
import static vn.chitieu.Fixtures.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.plan.Target;

/** An import's changed figures, written by COPY: only over the version they were read at. */
@QuarkusTest
class FigureCopyTest {

  @Inject EntityManager entityManager;

  @Test
  void shouldWriteOverTheVersionReadAndRefuseOneChangedSince() {
    String indicator = createIndicator("TEST_IMPORT");
    String id = createTarget(indicator, "2021", "1.5");
    String path = "/api/v1/targets/" + id;
    Target read = QuarkusTransaction.requiringNew().call(() -> read(id));
    assertThat(read.version).isZero();

    // Another request changes it (version 1) after the import read it at version 0.
    Fixtures.putJson(path, Fixtures.targetJson(indicator, "2021", "2.5")).then().statusCode(200);
    read.value = new BigDecimal("3.5");
    read.version = 1;
    assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> update(read)))
        .isInstanceOfSatisfying(
            ApiException.class,
            refused -> assertThat(refused.getMessage()).contains("send the import again"));
    exactly().get(path).then().body("value", equalTo(new BigDecimal("2.5")));

    // Read again at version 1, it is written as version 2, with that version in history.
    read.version = 2;
    QuarkusTransaction.requiringNew().run(() -> update(read));
    exactly()
        .get(path)
        .then()
        .body("value", equalTo(new BigDecimal("3.5")))
        .body("version", equalTo(2));
    given()
        .get(path + "/history")
        .then()
        .body("items", hasSize(3))
        .body("items[0].changeType", equalTo("UPDATED"))
        .body("items[0].values.version", equalTo(2))
        .body("items[0].values.value", equalTo(3.5f));
  }

  private Target read(String id) {
    Target target =
        entityManager
            .createQuery("from Target t join fetch t.indicator where t.id = :id", Target.class)
            .setParameter("id", UUID.fromString(id))
            .getSingleResult();
    entityManager.detach(target);
    return target;
  }

  private void update(Target target) {
    long revision =
        ((Number)
                entityManager
                    .createNativeQuery(
                        "insert into revision (changed_at, changed_by, source)"
                            + " values (now(), 'test', 'import test') returning id")
                    .getSingleResult())
            .longValue();
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              FigureCopy.update(connection, List.of(target), List.of());
              FigureCopy.keep(connection, revision);
            });
  }
}
