## make.R of the Lagebild reference case srs-small: generates the synthetic data and R's expected answers.
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
## Case srs-small: unstratified simple random sample, no fpc, no design-weight column,
## one joint calibration margin (sex_cal x agegrp). Run from this folder: Rscript make.R
## ---------------------------------------------------------------------------------------------

## ---- 1. synthetic population margin and sample ---------------------------------------------
set.seed(20250611)
share_age <- c(0.10, 0.13, 0.14, 0.16, 0.18, 0.13, 0.16)
pop <- expand.grid(sex = c("m", "w"), agegrp = AGE, stringsAsFactors = FALSE)[, c("sex", "agegrp")]
pop <- pop[order(match(pop$agegrp, AGE), pop$sex), ]
fem_share <- c(0.48, 0.48, 0.49, 0.50, 0.51, 0.53, 0.60)
pop$N <- as.integer(round(5000 * share_age[match(pop$agegrp, AGE)] *
                          ifelse(pop$sex == "w", fem_share, 1 - fem_share)[match(pop$agegrp, AGE)] /
                          1 + c(3, -2, 4, 1, -3, 2, 5, -1, 0, 2, -4, 3, 1, 2)))
## response propensity rises with age, women respond a little more often
prop <- pop$N * c(0.55, 0.70, 0.85, 1.00, 1.15, 1.30, 1.20)[match(pop$agegrp, AGE)] *
        ifelse(pop$sex == "w", 1.10, 1.00)
n <- 300
cell <- sample(seq_len(nrow(pop)), n, replace = TRUE, prob = prop)
s <- data.frame(id = sprintf("S%04d", seq_len(n)), stringsAsFactors = FALSE)
s$district <- sample(c("Nord", "Mitte", "Sued", "West"), n, replace = TRUE, prob = c(0.35, 0.30, 0.20, 0.15))
s$sex <- pop$sex[cell]
s$agegrp <- pop$agegrp[cell]
s$sex[sample(which(s$sex == "w"), 2)] <- "d"
s <- cbind(s, gen_items(s, area_eff = c(Nord = 0, Mitte = 0.4, Sued = -0.2, West = 0.2)[s$district]))
s <- s[order(s$id), ]

write.csv(s, "survey.csv", row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")
write.csv(pop, "margin_sex_age.csv", row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")

## ---- 2. read back exactly what the files hold, as Lagebild will -----------------------------
s <- read.csv("survey.csv", stringsAsFactors = FALSE, fileEncoding = "UTF-8")
pm <- read.csv("margin_sex_age.csv", stringsAsFactors = FALSE, fileEncoding = "UTF-8")
s <- derive(s)
say("n = ", nrow(s), ", population = ", sum(pm$N), ", sample counts per sex_cal x agegrp cell: ",
    paste(table(s$sexage), collapse = " "))

pm$sexage <- factor(paste(pm$sex, pm$agegrp, sep = ":"), levels = levels(s$sexage))
stopifnot(!anyNA(pm$sexage), nlevels(s$sexage) == nrow(pm))
mmpop <- model.matrix(~sexage, pm)
tot <- colSums(mmpop * pm$N)                                   # (Intercept), sexage... totals
ps_pop <- data.frame(sex_cal = pm$sex, agegrp = pm$agegrp, Freq = pm$N)

## ---- 3. designs ------------------------------------------------------------------------------
des <- run("svydesign", svydesign(ids = ~1, data = s))
stopifnot(all(weights(des) == 1))
mm <- model.matrix(~sexage, s)
say("grake scale check: min(population/sample.total) over the ", length(tot), " model columns = ",
    format(min(tot / colSums(mm)), digits = 6), " (grake rescales only if > 20)")

poststratify <- run("poststratify", postStratify(des, ~sex_cal + agegrp, ps_pop))
raking <- run("raking", calibrate(des, ~sexage, population = tot, calfun = "raking",
                                  maxit = 200, epsilon = 1e-12))
linear <- run("linear", calibrate(des, ~sexage, population = tot, calfun = "linear"))
say("raking: Newton steps = ", newton_steps(function(k)
  calibrate(des, ~sexage, population = tot, calfun = "raking", maxit = k, epsilon = 1e-12)))
rep <- run("as.svrepdesign JK1", as.svrepdesign(des, type = "JK1"))
raking_jk1 <- run("raking_jk1", calibrate(rep, ~sexage, population = tot, calfun = "raking",
                                          maxit = 200, epsilon = 1e-12))
say("raking_jk1: ", ncol(rep$repweights$weights), " replicates, scale = ", format(rep$scale, digits = 15),
    ", rscales all ", unique(rep$rscales), ", degf = ", degf(raking_jk1))

designs <- list(poststratify = poststratify, raking = raking, linear = linear, raking_jk1 = raking_jk1)

## ---- 4. checks ---------------------------------------------------------------------------------
W <- sapply(designs, function(d) weights(d, "sampling"))
for (m in names(designs)) check_totals(m, W[, m], mm, tot)
say("check: max |w_poststratify - w_raking| = ", format(max(abs(W[, "poststratify"] - W[, "raking"])), digits = 3),
    "; max |w_linear - w_raking| = ", format(max(abs(W[, "linear"] - W[, "raking"])), digits = 3),
    "; max |w_raking_jk1 - w_raking| = ", format(max(abs(W[, "raking_jk1"] - W[, "raking"])), digits = 3))
stopifnot(max(abs(W[, "poststratify"] - W[, "raking"])) < 1e-9)
## replicate calibrations: each replicate reproduces the margins too
rw <- weights(raking_jk1, "analysis")
say("check [raking_jk1 replicates]: max relative margin misfit over all replicates ",
    format(max(apply(rw, 2, function(w) max(abs(colSums(mm * w) - tot) / tot))), digits = 3))

## ---- 5. expected files ------------------------------------------------------------------------
wout <- data.frame(id = s$id, W, check.names = FALSE)
write.csv(wout, "expected_weights.csv", row.names = FALSE, quote = FALSE)
ct <- list(list(formula = ~safe_night + sex_cal, label = "safe_night x sex_cal"))
lin <- function(m) list(d = rep(1, nrow(s)), g = W[, m], M = mm, strata = rep(1, nrow(s)), fpc = NULL)
est <- do.call(rbind, lapply(names(designs), function(m)
  estimates(m, designs[[m]], s, domains = c("district", "agegrp"), crosstabs = ct, lin = lin(m))))
write.csv(est, "expected_estimates.csv", row.names = FALSE)

## SE of postStratify vs calibrate, for the README
cmp <- merge(est[est$method == "poststratify", c("statistic", "variable", "domain_var", "domain", "se")],
             est[est$method == "raking", c("statistic", "variable", "domain_var", "domain", "se")],
             by = c("statistic", "variable", "domain_var", "domain"), suffixes = c(".ps", ".rk"))
cmp <- cmp[!is.na(cmp$se.ps), ]
say("check: max relative |SE(poststratify) - SE(raking)| = ",
    format(max(abs(cmp$se.ps - cmp$se.rk) / cmp$se.rk), digits = 3))
writeLines(LOG, "make_log.txt")
