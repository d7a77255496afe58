package org.gba.advisor.scenario;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.gba.advisor.advice.Ranked;

/**
 * The score and rank of every model and recommendation at each point of a sweep, and the tipping points
 * where something entered, left or took the top place, each confirmed by evaluating both sides.
 */
public record SweepResult(String indicator, String secondIndicator, List<Point> points, List<Series> series,
                          List<TippingPoint> tippingPoints, Timing timing) {

    /** The swept values of one point; {@code second} is null in a one-indicator sweep. */
    @Schema(name = "SweepPoint")
    public record Point(double value, Double second) {
    }

    /** One id across all points: its score and rank at each (rank null where it is absent). */
    @Schema(name = "SweepSeries")
    public record Series(Ranked.Kind kind, String id,
                         @ArraySchema(arraySchema = @Schema(description = "The score at each point (0 where absent)"))
                         List<Double> scores,
                         @ArraySchema(arraySchema = @Schema(description = "The rank at each point; null where absent"),
                                 schema = @Schema(implementation = Integer.class, nullable = true))
                         List<Integer> ranks) {
    }

    /**
     * Between {@code below} and {@code above} (values of the swept indicator, with the second one fixed at
     * {@code second}), {@code id} entered, left or took the top place. In a one-indicator sweep the interval is
     * narrowed by bisection, and both ends were evaluated.
     */
    @Schema(name = "SweepTippingPoint")
    public record TippingPoint(Ranked.Kind kind, String id, Event event, double below, double above, Double second) {
    }

    /** What happened at a tipping point, reading the sweep upwards. */
    public enum Event { ENTERED, LEFT, TOOK_TOP, LOST_TOP }

    /** How many evaluations the sweep made and how long it took. */
    @Schema(name = "SweepTiming")
    public record Timing(int evaluations, long millis, int threads) {
    }
}
