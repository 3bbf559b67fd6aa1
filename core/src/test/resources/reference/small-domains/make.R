## make.R of the Lagebild reference case small-domains: generates the synthetic data and R's expected answers.
## Regenerates every file of this folder except README.md and case.yaml. Run: cd <this folder>; Rscript make.R
## Written for R 4.2.2 and survey 4.1.1 (byte-identical output also assumes the reference BLAS/LAPACK
## and the default RNG kinds Mersenne-Twister/Inversion/Rejection); make_log.txt records what R did.

## ---------------------------------------------------------------------------------------------
## Helpers (the same block is in every case's make.R)
## ---------------------------------------------------------------------------------------------
suppressPackageStartupMessages(library(survey))
invisible(Sys.setlocale("LC_COLLATE", "C"))      # level order (sort) must not depend on the locale

AGE <- c("16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+")

LOG <- character()
say <- function(...) { LOG <<- c(LOG, paste0(...)); invisible(NULL) }
say("R: ", R.version.string, "; survey ", as.character(packageVersion("survey")),
    "; RNG ", paste(RNGkind(), collapse = "/"))
say("options: survey.lonely.psu=", getOption("survey.lonely.psu"),
    ", survey.adjust.domain.lonely=", getOption("survey.adjust.domain.lonely"),
    ", survey.replicates.mse=", getOption("survey.replicates.mse"),
    ", survey.ultimate.cluster=", getOption("survey.ultimate.cluster"))

## run an expression, recording every warning and message R emits (labelled) in the log
run <- function(label, expr) withCallingHandlers(expr,
  warning = function(w) { say("R warning [", label, "]: ", conditionMessage(w)); invokeRestart("muffleWarning") },
  message = function(m) { say("R message [", label, "]: ", sub("\n$", "", conditionMessage(m))); invokeRestart("muffleMessage") })

## smallest maxit for which fn(maxit) calibrates without "Failed to converge" = number of Newton
## steps grake() takes (grake counts iter = 1 for the first step and stops when iter > maxit)
newton_steps <- function(fn, kmax = 5000) {
  for (k in seq_len(kmax)) {
    ok <- tryCatch(withCallingHandlers({ fn(k); TRUE },
                     warning = function(w) invokeRestart("muffleWarning")),
                   error = function(e) FALSE)
    if (ok) return(k)
  }
  NA_integer_
}

## items of the safety questionnaire, given sex, agegrp and a per-row area effect
gen_items <- function(d, area_eff, avoid_count = FALSE) {
  n <- nrow(d)
  ai <- match(d$agegrp, AGE)
  fem <- as.numeric(d$sex != "m")
  lat <- 0.55 * fem + 0.20 * (ai - 1) + area_eff + rlogis(n)          # feeling unsafe
  q_safe_night <- cut(lat, c(-Inf, 0.6, 1.9, 3.1, Inf), labels = FALSE)
  lat2 <- 0.45 * lat + 0.30 * fem + rlogis(n)
  worry_assault <- cut(lat2, c(-Inf, -0.2, 0.9, 1.9, 2.9, Inf), labels = FALSE)
  if (avoid_count) {
    avoid_places <- pmin(rpois(n, exp(-1.3 + 0.35 * lat)), 4L)
  } else {
    avoid_places <- rbinom(n, 1, plogis(-1.6 + 0.55 * lat))
  }
  victim_12m <- rbinom(n, 1, plogis(-2.2 - 0.15 * (ai - 1) + 0.6 * area_eff))
  trust_police <- cut(-0.3 * lat + 0.15 * (ai - 1) + rlogis(n), c(-Inf, -1.2, -0.2, 0.8, 1.8, Inf),
                      labels = FALSE)
  ## item nonresponse: 8 = weiss nicht, 9 = keine Angabe
  u <- runif(n); q_safe_night[u < 0.030] <- 8L; q_safe_night[u >= 0.030 & u < 0.045] <- 9L
  u <- runif(n); worry_assault[u < 0.025] <- 8L; worry_assault[u >= 0.025 & u < 0.035] <- 9L
  u <- runif(n); trust_police[u < 0.040] <- 8L; trust_police[u >= 0.040 & u < 0.050] <- 9L
  data.frame(q_safe_night = as.integer(q_safe_night), worry_assault = as.integer(worry_assault),
             avoid_places = as.integer(avoid_places), victim_12m = as.integer(victim_12m),
             trust_police = as.integer(trust_police))
}

## derived analysis variables (the recodes of case.yaml)
derive <- function(s) {
  s$sex_cal <- ifelse(s$sex == "d", "w", s$sex)                 # 'd' is calibrated with the 'w' margin
  s$sexage <- factor(paste(s$sex_cal, s$agegrp, sep = ":"))
  s$safe_night <- as.numeric(s$q_safe_night %in% c(1, 2))       # 0/1 on every row; domain via subset()
  s
}

est_row <- function(method, statistic, variable, domain_var = "", domain = "", estimate,
                    se = NA, ci_low = NA, ci_high = NA, n, deff = NA)
  data.frame(method = method, statistic = statistic, variable = variable, domain_var = domain_var,
             domain = as.character(domain), estimate = as.numeric(estimate), se = as.numeric(se),
             ci_low = as.numeric(ci_low), ci_high = as.numeric(ci_high), n = as.integer(n),
             deff = as.numeric(deff), stringsAsFactors = FALSE, row.names = NULL)

## independent re-computation of the SE of a domain mean, to check the formulas in README.md.
## Linearization: u = w*D*(y - ybar)/N_D; calibrated designs (M = calibration model matrix,
## d = weights before calibration, g = calibration factors, w = final weights, possibly trimmed):
## z = u - g*d*M%*%beta with beta = solve(M'diag(d)M, M'(u/g)); then the stratified with-replacement
## variance with fpc over ALL rows (rows outside the domain included):
## V = sum_h (1 - n_h/N_h) n_h/(n_h - 1) sum_i (z_hi - zbar_h)^2.
## Replicates: theta_r = domain mean with replicate weights r, V = scale * sum_r rscale_r (theta_r - mean(theta))^2
manual_se <- function(des, lin, y, D) {
  if (inherits(des, "svyrep.design")) {
    Wr <- weights(des, "analysis")
    th <- colSums(Wr * D * y) / colSums(Wr * D)
    ok <- is.finite(th)                 # R discards replicates whose domain is empty (NaN)
    return(sqrt(des$scale * sum(des$rscales[ok] * (th[ok] - mean(th[ok]))^2)))
  }
  w <- weights(des, "sampling")
  p <- sum(w * D * y) / sum(w * D)
  u <- w * D * (y - p) / sum(w * D)
  z <- if (is.null(lin$M)) u else {
    beta <- solve(crossprod(lin$M * lin$d, lin$M), crossprod(lin$M, u / lin$g))
    u - lin$g * lin$d * drop(lin$M %*% beta)
  }
  v <- 0
  for (h in unique(lin$strata)) {
    i <- lin$strata == h; nh <- sum(i)
    f <- if (is.null(lin$fpc)) 1 else 1 - nh / lin$fpc[i][1]
    v <- v + f * nh / (nh - 1) * sum((z[i] - mean(z[i]))^2)
  }
  sqrt(v)
}

## every estimate of one method; `dat` is the data frame of the design (for unweighted counts);
## `lin`: list(d, g, M, strata, fpc) for the linearization check (NULL M: no calibration)
estimates <- function(method, des, dat, domains, crosstabs = list(), ratio = NULL, lin = NULL) {
  out <- list()
  add <- function(...) out[[length(out) + 1]] <<- est_row(method, ...)
  lab <- function(x) paste0(method, ": ", x)
  ok_sn <- dat$q_safe_night <= 4; ok_wa <- dat$worry_assault <= 5
  sn <- run(lab("subset safe_night"), subset(des, q_safe_night <= 4))
  wa <- run(lab("subset worry_assault"), subset(des, worry_assault <= 5))
  say(method, ": nrow(subset) / degf(subset): safe_night ", nrow(sn), " / ", degf(sn),
      "; worry_assault ", nrow(wa), " / ", degf(wa), "; full design degf ", degf(des))
  m <- run(lab("svymean safe_night"), svymean(~safe_night, sn, deff = TRUE))
  add("proportion", "safe_night", estimate = coef(m), se = SE(m), n = sum(ok_sn), deff = deff(m))
  for (cim in c("logit", "beta")) {
    ci <- run(lab(paste("svyciprop", cim)), svyciprop(~safe_night, sn, method = cim))
    add(paste0("ci_", cim), "safe_night", estimate = as.vector(unclass(ci)),
        ci_low = attr(ci, "ci")[1], ci_high = attr(ci, "ci")[2], n = sum(ok_sn))
  }
  ## checks of the CI formulas (logged only)
  p <- coef(m)[[1]]; se <- SE(m)[[1]]
  ci_l <- out[[length(out) - 1]]; ci_b <- out[[length(out)]]
  lg <- plogis(qlogis(p) + c(-1, 1) * qt(0.975, degf(sn)) * se / (p * (1 - p)))
  neff <- p * (1 - p) / se^2 * (qt(0.025, nrow(sn) - 1) / qt(0.025, degf(sn)))^2
  bt <- c(qbeta(0.025, neff * p, neff * (1 - p) + 1), qbeta(0.975, neff * p + 1, neff * (1 - p)))
  say("check [", method, "]: ci_logit vs expit(logit(p) -/+ qt(.975, degf)*SE/(p(1-p))): max rel diff ",
      format(max(abs(c(ci_l$ci_low, ci_l$ci_high) - lg) / lg), digits = 3),
      "; ci_beta vs Korn-Graubard with n.eff*(qt(.025, nrow(subset)-1)/qt(.025, degf))^2: max rel diff ",
      format(max(abs(c(ci_b$ci_low, ci_b$ci_high) - bt) / bt), digits = 3))
  if (inherits(des, "svyrep.design")) {      # svyglm on replicates: variance of logit(p_r)
    Wr <- weights(sn, "analysis"); yy <- sn$variables$safe_night
    th <- qlogis(colSums(Wr * yy) / colSums(Wr))
    vl <- sn$scale * sum(sn$rscales * (th - mean(th))^2)
    lg <- plogis(qlogis(p) + c(-1, 1) * qt(0.975, degf(sn)) * sqrt(vl))
    say("check [", method, "]: ci_logit vs expit(logit(p) -/+ qt(.975, degf)*sqrt(replicate variance of logit(p_r))): max rel diff ",
        format(max(abs(c(ci_l$ci_low, ci_l$ci_high) - lg) / lg), digits = 3))
  }
  if (!is.null(lin) || inherits(des, "svyrep.design")) {
    r1 <- manual_se(des, lin, dat$safe_night, as.numeric(ok_sn)) / se - 1
    say("check [", method, "]: manual SE / R SE - 1, proportion safe_night: ", format(r1, digits = 3))
  }
  m <- run(lab("svymean worry_assault"), svymean(~worry_assault, wa, deff = TRUE))
  add("mean", "worry_assault", estimate = coef(m), se = SE(m), n = sum(ok_wa), deff = deff(m))
  ci <- confint(m, df = degf(wa))
  add("ci_mean", "worry_assault", estimate = coef(m), ci_low = ci[1, 1], ci_high = ci[1, 2],
      n = sum(ok_wa))
  t <- run(lab("svytotal avoid_places"), svytotal(~avoid_places, des, deff = TRUE))
  add("total", "avoid_places", estimate = coef(t), se = SE(t), n = nrow(dat), deff = deff(t))
  if (!is.null(ratio)) {
    r <- run(lab("svyratio"), svyratio(ratio$num, ratio$den, des))
    add("ratio", ratio$label, estimate = coef(r), se = SE(r), n = nrow(dat))
  }
  for (dv in domains) {
    for (v in c("safe_night", "worry_assault")) {
      sub <- if (v == "safe_night") sn else wa
      ok <- if (v == "safe_night") ok_sn else ok_wa
      b <- run(lab(paste("svyby", v, "by", dv)),
               svyby(as.formula(paste0("~", v)), as.formula(paste0("~", dv)), sub, svymean))
      lev <- as.character(b[[dv]])
      cnt <- table(factor(dat[[dv]][ok], levels = lev))
      for (k in seq_along(lev))
        add(if (v == "safe_night") "proportion" else "mean", v, domain_var = dv, domain = lev[k],
            estimate = coef(b)[k], se = SE(b)[k], n = cnt[[lev[k]]])
    }
  }
  if (!is.null(lin) || inherits(des, "svyrep.design")) {
    all <- do.call(rbind, out)
    for (k in which(all$statistic == "mean" & all$domain_var != "")) {
      dv <- all$domain_var[k]
      D <- as.numeric(ok_wa & dat[[dv]] == all$domain[k])
      r2 <- if (all$se[k] > 0) manual_se(des, lin, dat$worry_assault, D) / all$se[k] - 1 else
        manual_se(des, lin, dat$worry_assault, D)
      say("check [", method, "]: manual SE / R SE - 1, mean worry_assault in ", dv, " = ", all$domain[k],
          ": ", format(r2, digits = 3))
    }
  }
  for (ct in crosstabs) {          # every crosstab is on the domain q_safe_night <= 4
    x <- run(lab(paste("svychisq", ct$label)), svychisq(ct$formula, sn, statistic = "F"))
    nn <- sum(ok_sn)
    add("raoscott_F", ct$label, estimate = x$statistic, n = nn)
    add("raoscott_p", ct$label, estimate = x$p.value, n = nn)
    add("raoscott_ndf", ct$label, estimate = x$parameter[["ndf"]], n = nn)
    add("raoscott_ddf", ct$label, estimate = x$parameter[["ddf"]], n = nn)
  }
  do.call(rbind, out)
}

## checks: weights reproduce the calibration totals
check_totals <- function(label, w, mm, tot, tol = 1e-8) {
  fit <- colSums(mm * w)
  rel <- max(abs(fit - tot) / tot)
  say("check [", label, "]: max relative margin misfit ", format(rel, digits = 3))
  if (rel > tol) stop(label, ": margins not reproduced (", rel, ")")
}
## ---------------------------------------------------------------------------------------------
## Case small-domains: 250 respondents, 3 strata (Stadtbezirke) with fpc, and a domain variable
## `ortsteil` (6 Ortsteile, nested in the strata) of which three are tiny: 6, 2 and 1 respondents.
## Run from this folder: Rscript make.R
## ---------------------------------------------------------------------------------------------

## ---- 1. synthetic population and sample -------------------------------------------------------
set.seed(20250613)
DIST <- c("Nord", "Mitte", "Sued")
N_dist <- c(3400, 2600, 1500)
n_dist <- c(100, 90, 60)
OT <- list(Nord = c("Altstadt", "M\u00fchlenviertel"), Mitte = c("Bahnhofsviertel", "Schlossberg"),
           Sued = c("Hafen", "Kleinsiedlung"))
n_small <- c(Nord = 6, Mitte = 2, Sued = 1)                     # respondents in the tiny Ortsteil
base_age <- c(0.11, 0.14, 0.14, 0.16, 0.17, 0.13, 0.15)
fem <- c(0.48, 0.48, 0.49, 0.50, 0.51, 0.53, 0.60)
tilt <- c(Nord = -0.3, Mitte = 0.1, Sued = 0.5)
pop <- expand.grid(sex = c("m", "w"), agegrp = AGE, district = DIST, stringsAsFactors = FALSE)
pop$N <- 0L
for (h in DIST) {
  a <- base_age * exp(tilt[[h]] * (seq_along(AGE) - 4) / 3); a <- a / sum(a)
  cellp <- as.vector(rbind(a * (1 - fem), a * fem))
  x <- N_dist[match(h, DIST)] * cellp; cnt <- floor(x)
  top <- order(-(x - cnt))[seq_len(N_dist[match(h, DIST)] - sum(cnt))]
  cnt[top] <- cnt[top] + 1
  pop$N[pop$district == h] <- as.integer(cnt)
}
resp <- c(0.65, 0.75, 0.90, 1.00, 1.10, 1.20, 1.15)
rows <- list()
for (h in DIST) {
  ph <- pop[pop$district == h, ]
  nh <- n_dist[match(h, DIST)]
  cell <- sample(seq_len(nrow(ph)), nh, replace = TRUE,
                 prob = ph$N * resp[match(ph$agegrp, AGE)] * ifelse(ph$sex == "w", 1.08, 1))
  d <- data.frame(district = h, sex = ph$sex[cell], agegrp = ph$agegrp[cell], stringsAsFactors = FALSE)
  d$ortsteil <- rep(OT[[h]], c(nh - n_small[[h]], n_small[[h]]))[sample(nh)]
  d$dw <- N_dist[match(h, DIST)] / nh
  d$N_h <- N_dist[match(h, DIST)]
  rows[[h]] <- d
}
s <- do.call(rbind, rows)
s$sex[sample(which(s$sex == "w"), 1)] <- "d"
s <- cbind(id = sprintf("K%03d", seq_len(nrow(s))), s, stringsAsFactors = FALSE)
s <- cbind(s, gen_items(s, area_eff = c(Nord = 0, Mitte = 0.3, Sued = -0.2)[s$district]))
## make the tiny domains tiny also for the items: one of the 2 Schlossberg respondents has
## q_safe_night = 9, one of the 6 Muehlenviertel respondents has worry_assault = 8,
## the single Kleinsiedlung respondent answers both
i_sb <- which(s$ortsteil == "Schlossberg"); s$q_safe_night[i_sb] <- c(2L, 9L); s$worry_assault[i_sb] <- c(3L, 4L)
i_mv <- which(s$ortsteil == "M\u00fchlenviertel"); s$q_safe_night[i_mv] <- c(1L, 2L, 3L, 2L, 4L, 2L)
s$worry_assault[i_mv] <- c(2L, 8L, 3L, 1L, 4L, 2L)
i_ks <- which(s$ortsteil == "Kleinsiedlung"); s$q_safe_night[i_ks] <- 3L; s$worry_assault[i_ks] <- 4L

write.csv(s, "survey.csv", row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")
msa <- aggregate(N ~ sex + agegrp, pop, sum)
msa <- msa[order(match(msa$agegrp, AGE), msa$sex), ]
write.csv(msa, "margin_sex_age.csv", row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")
write.csv(data.frame(district = DIST, N = N_dist), "margin_district.csv", row.names = FALSE,
          quote = FALSE, fileEncoding = "UTF-8")
pop_out <- pop[order(match(pop$district, DIST), match(pop$agegrp, AGE), pop$sex), c("district", "sex", "agegrp", "N")]
write.csv(pop_out, "population.csv", row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")

## ---- 2. read back exactly what the files hold -------------------------------------------------
s <- read.csv("survey.csv", stringsAsFactors = FALSE, fileEncoding = "UTF-8")
msa <- read.csv("margin_sex_age.csv", stringsAsFactors = FALSE, fileEncoding = "UTF-8")
mdi <- read.csv("margin_district.csv", stringsAsFactors = FALSE, fileEncoding = "UTF-8")
s <- derive(s)
say("n = ", nrow(s), ", N = ", sum(mdi$N), "; respondents per ortsteil: ",
    paste(names(table(s$ortsteil)), table(s$ortsteil), sep = " ", collapse = ", "),
    "; per sex_cal x agegrp cell: ", paste(table(s$sexage), collapse = " "))

s$district <- factor(s$district)
lev_sa <- levels(s$sexage)
tot <- c(`(Intercept)` = sum(msa$N),
         setNames(msa$N[match(lev_sa[-1], paste(msa$sex, msa$agegrp, sep = ":"))], paste0("sexage", lev_sa[-1])),
         setNames(mdi$N[match(levels(s$district)[-1], mdi$district)], paste0("district", levels(s$district)[-1])))
stopifnot(!anyNA(tot), sum(msa$N) == sum(mdi$N))
mm <- model.matrix(~sexage + district, s)
stopifnot(identical(colnames(mm), names(tot)))

## ---- 3. designs ------------------------------------------------------------------------------
des <- run("svydesign", svydesign(ids = ~1, strata = ~district, fpc = ~N_h, weights = ~dw, data = s))
raking <- run("raking", calibrate(des, ~sexage + district, population = tot, calfun = "raking",
                                  maxit = 200, epsilon = 1e-12))
say("raking: Newton steps = ", newton_steps(function(k)
  calibrate(des, ~sexage + district, population = tot, calfun = "raking", maxit = k, epsilon = 1e-12)))
rep <- run("as.svrepdesign JKn", as.svrepdesign(des, type = "JKn"))
raking_jkn <- run("raking_jkn", calibrate(rep, ~sexage + district, population = tot, calfun = "raking",
                                          maxit = 200, epsilon = 1e-12))
say("raking_jkn: ", length(rep$rscales), " replicates, rscales per stratum: ",
    paste(unique(format(rep$rscales, digits = 15)), collapse = " "), ", degf ", degf(raking_jkn))
designs <- list(none = des, raking = raking, raking_jkn = raking_jkn)

## ---- 4. checks ---------------------------------------------------------------------------------
W <- sapply(designs, function(d) weights(d, "sampling"))
for (m in c("raking", "raking_jkn")) check_totals(m, W[, m], mm, tot)
rw <- weights(raking_jkn, "analysis")
say("check [raking_jkn replicates]: max relative margin misfit over all replicates ",
    format(max(apply(rw, 2, function(w) max(abs(colSums(mm * w) - tot) / tot))), digits = 3))

## ---- 5. expected files ------------------------------------------------------------------------
wout <- data.frame(id = s$id, W, check.names = FALSE)
write.csv(wout, "expected_weights.csv", row.names = FALSE, quote = FALSE)
ct <- list(list(formula = ~safe_night + sex_cal, label = "safe_night x sex_cal"))
lin <- function(m) list(d = s$dw, M = if (m == "none") NULL else mm, strata = s$district, fpc = s$N_h,
                        g = W[, m] / s$dw)
est <- do.call(rbind, lapply(names(designs), function(m)
  estimates(m, designs[[m]], s, domains = c("district", "ortsteil", "agegrp"), crosstabs = ct, lin = lin(m))))
write.csv(est, "expected_estimates.csv", row.names = FALSE, fileEncoding = "UTF-8")
writeLines(LOG, "make_log.txt")
