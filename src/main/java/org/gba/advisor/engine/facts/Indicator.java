package org.gba.advisor.engine.facts;

/** Rule fact: one known indicator of the place. Absent indicators have no fact at all. */
public final class Indicator implements Traceable {
    private final String path;
    private final String code;
    private final double value;
    private final String unit;
    private final int year;
    private final String source;
    private final String element;

    public Indicator(String path, String code, double value, String unit, int year, String source, String element) {
        this.path = path;
        this.code = code;
        this.value = value;
        this.unit = unit;
        this.year = year;
        this.source = source;
        this.element = element;
    }

    public String getCode() { return code; }
    public double getValue() { return value; }
    public int getYear() { return year; }

    @Override
    public FactRef ref() {
        return new FactRef(path, "indicator", code, element, value, unit, year, source);
    }
}
