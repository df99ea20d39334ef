/** Small shared pieces: periods, exact decimals, paging, text folding, parameter conversion. */
package vn.chitieu.common;
