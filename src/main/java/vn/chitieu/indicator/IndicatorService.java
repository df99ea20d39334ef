package vn.chitieu.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chitieu.common.Decimals;
import vn.chitieu.common.Page;
import vn.chitieu.common.Text;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.security.Auditor;

/** The indicator catalogue: its rules beyond single-field validation, and its storage. */
@ApplicationScoped
@Transactional
public class IndicatorService {

  private final IndicatorRepository repository;
  private final Auditor auditor;

  IndicatorService(IndicatorRepository repository, Auditor auditor) {
    this.repository = repository;
    this.auditor = auditor;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<IndicatorResponse> list(String sector, Boolean active, String q, int page, int size) {
    // Search ignores punctuation, so a q of punctuation alone (q=%) would match every indicator.
    if (q != null && !q.isBlank() && Text.fold(q).isEmpty()) {
      throw ApiException.invalid("q", "must contain a letter or a digit");
    }
    return Page.of(repository.search(sector, active, q), page, size, IndicatorMapper::toResponse);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<IndicatorResponse> find(String code) {
    return repository.findByIdOptional(code).map(IndicatorMapper::toResponse);
  }

  public IndicatorResponse create(IndicatorRequest request) {
    if (request.code() == null) {
      throw ApiException.invalid("code", "must not be blank");
    }
    check(request);
    if (repository.findByIdOptional(request.code()).isPresent()) {
      throw ApiException.conflict(codeTaken(request.code()));
    }
    Indicator indicator = new Indicator();
    indicator.code = request.code();
    IndicatorMapper.apply(request, indicator);
    auditor.created(indicator);
    repository.persistAndFlush(indicator);
    return IndicatorMapper.toResponse(indicator);
  }

  public Optional<IndicatorResponse> replace(String code, IndicatorRequest request) {
    if (request.code() != null && !request.code().equals(code)) {
      throw ApiException.invalid("code", "cannot be changed; it must be left out or equal " + code);
    }
    check(request);
    return repository
        .findByIdOptional(code)
        .map(
            indicator -> {
              IndicatorMapper.apply(request, indicator);
              auditor.updated(indicator);
              repository.flush();
              return IndicatorMapper.toResponse(indicator);
            });
  }

  /** Deletes an indicator without data; one with targets or achievements can only be retired. */
  public boolean delete(String code) {
    if (repository.findByIdOptional(code).isEmpty()) {
      return false;
    }
    if (repository.hasFigures(code)) {
      throw ApiException.conflict(inUse(code));
    }
    return repository.deleteById(code);
  }

  /** Why a second indicator may not take a code. */
  public static String codeTaken(String code) {
    return "An indicator with code " + code + " already exists.";
  }

  /** Why an indicator with figures may not be deleted. */
  public static String inUse(String code) {
    return "Indicator "
        + code
        + " has targets or achievements and cannot be deleted; retire it with active=false.";
  }

  /** Rules that span fields, checked after Bean Validation has passed. */
  private static void check(IndicatorRequest request) {
    List<FieldError> errors = new ArrayList<>();
    checkBound("minValue", request.minValue(), errors);
    checkBound("maxValue", request.maxValue(), errors);
    // Bounds of a sane magnitude only: writing out 1E+2147483647 would take gigabytes.
    ApiException.throwIfAny(errors);
    BigDecimal min = IndicatorMapper.minValue(request);
    BigDecimal max = IndicatorMapper.maxValue(request);
    if (min != null && max != null && min.compareTo(max) > 0) {
      errors.add(
          new FieldError(
              "maxValue", "must not be less than minValue (" + min.toPlainString() + ")"));
    }
    ApiException.throwIfAny(errors);
  }

  private static void checkBound(String field, BigDecimal value, List<FieldError> errors) {
    if (value != null) {
      Decimals.problem(value, Decimals.MAX_FRACTION_DIGITS)
          .ifPresent(message -> errors.add(new FieldError(field, message)));
    }
  }
}
