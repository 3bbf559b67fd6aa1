# Reference for bounded raking whose Newton path crosses the bounds (sample town Musterberg).
# R 4.2.2, survey 4.1.1. Run: Rscript make.R  (writes expected_weights.csv)
suppressMessages(library(survey))
s <- read.csv("survey.csv", stringsAsFactors = FALSE, colClasses = c(id = "character"))
s$sex_cal <- ifelse(s$sex == "d", "w", s$sex)
s$sexage <- paste(s$sex_cal, s$agegrp, sep = ".")
msa <- read.csv("margin_sex_age.csv", stringsAsFactors = FALSE)
md <- read.csv("margin_district.csv", stringsAsFactors = FALSE)
des <- svydesign(ids = ~1, strata = ~district, fpc = ~N_h, weights = ~dw, data = s)
pop_sa <- setNames(msa$N, paste0("sexage", paste(msa$sex, msa$agegrp, sep = ".")))
pop_d <- setNames(md$N, paste0("district", md$district))
mm <- model.matrix(~sexage + district, s)
tot <- c(`(Intercept)` = sum(msa$N), pop_sa[colnames(mm)[grepl("^sexage", colnames(mm))]],
         pop_d[colnames(mm)[grepl("^district", colnames(mm))]])
b1 <- calibrate(des, ~sexage + district, population = tot, calfun = "raking", bounds = c(0.3, 4.0),
                maxit = 200, epsilon = 1e-12)
b2 <- calibrate(des, ~sexage + district, population = tot, calfun = "raking", bounds = c(0.25, 5),
                maxit = 200, epsilon = 1e-12)
out <- data.frame(id = s$id, raking_b0.3_4 = sprintf("%.15g", weights(b1)),
                  raking_b0.25_5 = sprintf("%.15g", weights(b2)))
write.csv(out, "expected_weights.csv", row.names = FALSE, quote = FALSE)
cat(sprintf("g range %.6f %.6f\n", min(weights(b1)/weights(des)), max(weights(b1)/weights(des))))
