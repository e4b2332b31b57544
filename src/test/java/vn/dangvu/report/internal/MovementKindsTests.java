package vn.dangvu.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The form of movements (REGULATIONS §12.3) classifies by the step that opened or closed a counted period. */
class MovementKindsTests {

    @Test
    void arrivalsAndDeparturesAreClassifiedByTheirStep() {
        assertThat(MovementKinds.in("CEREMONY_HELD")).isEqualTo("ADMITTED");
        assertThat(MovementKinds.in("READMITTED")).isEqualTo("READMITTED");
        assertThat(MovementKinds.in("TRANSFER_ARRIVED")).isEqualTo("TRANSFERRED_IN");
        assertThat(MovementKinds.in("TRANSFER_RECEIVED")).isEqualTo("TRANSFERRED_IN");
        assertThat(MovementKinds.in("UNIT_REORGANISED")).isEqualTo("REORGANISED_IN");
        assertThat(MovementKinds.in("RECORDED")).isEqualTo("OTHER_IN");
        assertThat(MovementKinds.out("TRANSFER_DEPARTED")).isEqualTo("TRANSFERRED_OUT");
        assertThat(MovementKinds.out("TRANSFER_RECEIVED")).isEqualTo("TRANSFERRED_OUT");
        assertThat(MovementKinds.out("DIED")).isEqualTo("DIED");
        assertThat(MovementKinds.out("EXPELLED")).isEqualTo("EXPELLED");
        assertThat(MovementKinds.out("UNIT_REORGANISED")).isEqualTo("REORGANISED_OUT");
        assertThat(MovementKinds.out(null)).isEqualTo("OTHER_OUT");
        assertThat(MovementKinds.IN).hasSize(6);
        assertThat(MovementKinds.OUT).hasSize(8);
    }
}
