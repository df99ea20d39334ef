package vn.chitieu.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chitieu.cache.CommittedState;
import vn.chitieu.cache.SnapshotCache;
import vn.chitieu.common.Decimals;
import vn.chitieu.common.ETags;
import vn.chitieu.common.MergePatch;
import vn.chitieu.common.Page;
import vn.chitieu.common.Text;
import vn.chitieu.common.WrittenJson;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.history.History;
import vn.chitieu.history.Version;
import vn.chitieu.security.Auditor;

/** The indicator catalogue: its rules beyond single-field validation, and its storage. */
@ApplicationScoped
@Transactional
public class IndicatorService {

  /** How many indicators (or codes of none) the current catalogue cache keeps. */
  static final int CACHED_INDICATORS = 10_000;

  private final IndicatorRepository repository;
  private final Auditor auditor;
  private final History history;
  private final MergePatch mergePatch;
  private final ChangeReason reasons;
  private final SnapshotCache<String, Optional<WrittenJson<IndicatorResponse>>> current;
  private final ObjectMapper mapper;

  IndicatorService(
      IndicatorRepository repository,
      Auditor auditor,
      History history,
      MergePatch mergePatch,
      ChangeReason reasons,
      CommittedState database,
      ObjectMapper mapper) {
    this.repository = repository;
    this.auditor = auditor;
    this.history = history;
    this.mergePatch = mergePatch;
    this.reasons = reasons;
    this.current = database.cache(CACHED_INDICATORS);
    this.mapper = mapper;
  }

  /** The indicators the filters select, now or as the service held them at an instant. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<IndicatorResponse> list(
      String sector,
      Boolean active,
      String q,
      Instant updatedAfter,
      Instant asOf,
      int page,
      int size) {
    // Search ignores punctuation, so a q of punctuation alone (q=%) would match every indicator.
    if (q != null && !q.isBlank() && Text.fold(q).isEmpty()) {
      throw ApiException.invalid("q", "must contain a letter or a digit");
    }
    if (asOf == null) {
      return Page.of(
          repository.search(sector, active, q, updatedAfter),
          page,
          size,
          IndicatorMapper::toResponse);
    }
    return Page.slice(
        repository.listAsOf(sector, active, q, updatedAfter, asOf).stream()
            .map(IndicatorMapper::toResponse)
            .toList(),
        page,
        size);
  }

  /** The indicator now, with its JSON written once for the many reads of it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<WrittenJson<IndicatorResponse>> find(String code) {
    return current.get(
        code,
        () ->
            repository
                .findByIdOptional(code)
                .map(indicator -> WrittenJson.of(mapper, IndicatorMapper.toResponse(indicator))));
  }

  /** The indicator as the service held it at an instant. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<IndicatorResponse> find(String code, Instant asOf) {
    return history.find(Indicator.class, code, asOf).map(IndicatorMapper::toResponse);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Page<Version<IndicatorResponse>>> history(String code, int page, int size) {
    return history.versions(Indicator.class, code, IndicatorMapper::toResponse, page, size);
  }

  public IndicatorResponse create(IndicatorRequest request) {
    if (request.code() == null) {
      throw ApiException.invalid("code", "must not be blank");
    }
    check(request);
    if (repository.findByIdOptional(request.code()).isPresent()) {
      throw ApiException.conflict(codeTaken(request.code()));
    }
    reasons.give(request.reason());
    Indicator indicator = new Indicator();
    indicator.code = request.code();
    IndicatorMapper.apply(request, indicator);
    auditor.created(indicator);
    repository.persistAndFlush(indicator);
    return IndicatorMapper.toResponse(indicator);
  }

  /** Replaces the indicator's values, if If-Match names its version; its code cannot change. */
  public Optional<IndicatorResponse> replace(
      String code, IndicatorRequest request, String ifMatch) {
    return ETags.change(
        repository.findByIdOptional(code), ifMatch, indicator -> change(indicator, request));
  }

  /** Changes the members a merge patch names, as {@link #replace} would. */
  public Optional<IndicatorResponse> patch(String code, String patch, String ifMatch)
      throws JsonProcessingException {
    return mergePatch.change(
        repository.findByIdOptional(code),
        ifMatch,
        patch,
        IndicatorMapper::toRequest,
        IndicatorRequest.class,
        this::change);
  }

  private IndicatorResponse change(Indicator indicator, IndicatorRequest request) {
    if (request.code() != null && !request.code().equals(indicator.code)) {
      throw ApiException.invalid(
          "code", "cannot be changed; it must be left out or equal " + indicator.code);
    }
    check(request);
    reasons.give(request.reason());
    IndicatorMapper.apply(request, indicator);
    auditor.updated(indicator);
    repository.flush();
    return IndicatorMapper.toResponse(indicator);
  }

  /**
   * Deletes an indicator without data, if If-Match names its version; one with targets or
   * achievements can only be retired.
   */
  public boolean delete(String code, String ifMatch, String reason) {
    return ETags.change(
            repository.findByIdOptional(code),
            ifMatch,
            indicator -> {
              if (repository.hasFigures(code)) {
                throw ApiException.conflict(inUse(code));
              }
              reasons.give(reason);
              repository.delete(indicator);
              repository.flush();
              return indicator;
            })
        .isPresent();
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
