package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.city;

import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ActionId;
import org.junit.jupiter.api.Test;

/** rules/countermeasures/in-force.drl: an action an instrument in force already carries out is to be extended (§5). */
class InForceRulesTest {
    private static final RuleFile FILE = RuleFile.of("countermeasures/in-force.drl");

    @Test
    void anInstrumentInForceMarksEachActionItCarriesOut() {
        var e = FILE.fires("cm.extend-what-is-in-force", ActionId.CM4a,
                city("x").inForce("biomaterials-whitelist-pilot", 2023).build());
        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.effect()).isEqualTo(Evidence.Effect.SCALE);
            assertThat(ev.weight()).isBetween(0.0, 1.0);
            assertThat(ev.facts().get(0).path()).isEqualTo("/instruments/0");
        });
    }

    @Test
    void withoutAnInstrumentNothingIsInForce() {
        FILE.doesNotFire("cm.extend-what-is-in-force", city("x").build());
    }
}
