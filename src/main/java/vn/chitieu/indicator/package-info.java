/** The indicator catalogue: what the province measures, how, and which direction is better. */
package vn.chitieu.indicator;
