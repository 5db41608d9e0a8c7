package bench.empty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One entity, so that Hibernate ORM starts as it does in the application. */
@Entity
@Table(name = "empty_app_note")
public class Note extends PanacheEntityBase {
    @Id
    public UUID id;

    public String text;
}
