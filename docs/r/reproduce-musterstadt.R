# Reproduces the share of residents of Musterstadt who feel safe at night (overall and by
# Ortsteil) with R's survey package, from the files in samples/musterstadt.
suppressMessages(library(survey))
options(digits = 10)
s <- read.csv("survey.csv", stringsAsFactors = FALSE)
s$sex_cal <- ifelse(s$sex == "d", "w", s$sex)              # recode sex_cal: d is weighted with w
s$sexage  <- paste(s$sex_cal, s$agegrp)                     # the joint margin sex x age group
s$safe_night <- as.numeric(s$q_safe_night %in% 1:2)         # success: sehr / eher sicher
msa <- read.csv("margin_sex_age.csv", stringsAsFactors = FALSE)
md  <- read.csv("margin_district.csv", stringsAsFactors = FALSE)

des <- svydesign(ids = ~1, strata = ~district, fpc = ~N_h, weights = ~dw, data = s)
# population totals in the order of R's model matrix ~sexage + district
mm  <- model.matrix(~sexage + district, s)
pop <- c(`(Intercept)` = sum(md$N),
         setNames(msa$N, paste0("sexage", msa$sex, " ", msa$agegrp))[colnames(mm)[grepl("^sexage", colnames(mm))]],
         setNames(md$N, paste0("district", md$district))[colnames(mm)[grepl("^district", colnames(mm))]])
raked <- calibrate(des, ~sexage + district, population = pop, calfun = "raking",
                   maxit = 200, epsilon = 1e-10)
w <- weights(raked)                                         # trim: 0.3 to 3.5 times the mean, strict
final <- trimWeights(raked, lower = 0.3 * mean(w), upper = 3.5 * mean(w), strict = TRUE)

sn <- subset(final, q_safe_night %in% 1:4)                  # item nonresponse is a domain
print(svymean(~safe_night, sn, deff = TRUE))
print(svyciprop(~safe_night, sn, method = "logit"))
print(svyby(~safe_night, ~district, sn, svymean))

# the numbers above, at full precision, for Lagebild's docs test (docs/r/musterstadt-safe-night.csv)
m  <- svymean(~safe_night, sn)
ci <- attr(svyciprop(~safe_night, sn, method = "logit"), "ci")
by <- svyby(~safe_night, ~district, sn, svymean)
out <- data.frame(domain = c("", as.character(by$district)),
                  estimate = sprintf("%.15g", c(coef(m), by$safe_night)),
                  se = sprintf("%.15g", c(SE(m), by$se)),
                  ci_low = c(sprintf("%.15g", ci[1]), rep("", nrow(by))),
                  ci_high = c(sprintf("%.15g", ci[2]), rep("", nrow(by))))
write.csv(out, "musterstadt-safe-night.csv", row.names = FALSE, quote = FALSE)
