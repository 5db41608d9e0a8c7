package ru.digitalbridge.methodology;

import java.math.BigDecimal;

/** One named level of a SCALE criterion: the value an expert picks and the points it gives. */
public record Level(int value, String label, BigDecimal points) {}
