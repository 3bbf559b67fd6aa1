# Differences of safe_night between two domains of the raked survey-a design, with R 4.2.2 and
# survey 4.1.1: the coefficient of a saturated svyglm on the safe_night domain is the difference of
# the two domain means, its SE the linearization SE of that difference (with the calibration), and
# the p-value uses degf of the domain design. Writes expected_differences.csv. Run here: Rscript differences.R
suppressMessages(library(survey))
s <- read.csv("survey.csv", stringsAsFactors = FALSE)
s$sex_cal <- ifelse(s$sex == "d", "w", s$sex)
s$sexage <- paste(s$sex_cal, s$agegrp)
s$safe_night <- as.numeric(s$q_safe_night %in% 1:2)
msa <- read.csv("margin_sex_age.csv"); md <- read.csv("margin_district.csv")
des <- svydesign(ids = ~1, strata = ~district, fpc = ~N_h, weights = ~dw, data = s)
mm <- model.matrix(~sexage + district, s)
pop <- c(`(Intercept)` = sum(md$N),
  setNames(msa$N, paste0("sexage", msa$sex, " ", msa$agegrp))[colnames(mm)[grepl("^sexage", colnames(mm))]],
  setNames(md$N, paste0("district", md$district))[colnames(mm)[grepl("^district", colnames(mm))]])
raked <- calibrate(des, ~sexage + district, population = pop, calfun = "raking", maxit = 200, epsilon = 1e-12)
sn <- subset(raked, q_safe_night %in% 1:4)
rows <- list(list("district", "OT03", "OT01"), list("sex_cal", "m", "w"), list("agegrp", "16-24", "75+"))
out <- NULL
for (r in rows) {
  f <- as.formula(sprintf('safe_night ~ relevel(factor(%s), "%s")', r[[1]], r[[3]]))
  m <- suppressWarnings(svyglm(f, sn))
  cf <- sprintf('relevel(factor(%s), "%s")%s', r[[1]], r[[3]], r[[2]])
  est <- coef(m)[[cf]]; se <- SE(m)[[cf]]; df <- degf(sn)
  out <- rbind(out, data.frame(domain_var = r[[1]], first = r[[2]], second = r[[3]],
    estimate = sprintf("%.15g", est), se = sprintf("%.15g", se),
    p = sprintf("%.15g", 2 * pt(-abs(est / se), df)), df = df))
}
write.csv(out, "expected_differences.csv", row.names = FALSE, quote = FALSE)
