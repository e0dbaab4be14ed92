package org.clinicflow.simulator.clinic;

/** What a step does when an item it needs is out of stock: wait while someone fetches more, or be cancelled. */
public enum StockoutPolicy { DELAY, CANCEL }
