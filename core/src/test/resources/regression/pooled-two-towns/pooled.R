# Pooled estimates over two independently sampled and raked town surveys (musterberg, mustertal of
# samples/staedtebund), as one stacked design: strata = town x Ortsteil, and a calibration whose
# model has each town's margins as its own columns (~ town:sexage + town:district), which equals
# raking each town separately. R 4.2.2, survey 4.1.1. Writes expected_pooled.csv. Run: Rscript pooled.R
suppressMessages(library(survey))
read_town <- function(t) {
  s <- read.csv(file.path(t, "survey.csv"), stringsAsFactors = FALSE, colClasses = c(id = "character"))
  s <- s[, c("id", "district", "sex", "agegrp", "dw", "N_h", "q_safe_night", "worry_assault")]
  s$town <- t
  s
}
towns <- c("musterberg", "mustertal")
s <- do.call(rbind, lapply(towns, read_town))
s$sex_cal <- ifelse(s$sex == "d", "w", s$sex)
s$stratum <- paste(s$town, s$district)
s$sexage <- paste(s$town, s$sex_cal, s$agegrp)
s$tdistrict <- paste(s$town, s$district)
s$safe_night <- as.numeric(s$q_safe_night %in% 1:2)
pop_sexage <- do.call(rbind, lapply(towns, function(t) {
  m <- read.csv(file.path(t, "margin_sex_age.csv")); data.frame(sexage = paste(t, m$sex, m$agegrp), Freq = m$N) }))
pop_district <- do.call(rbind, lapply(towns, function(t) {
  m <- read.csv(file.path(t, "margin_district.csv")); data.frame(tdistrict = paste(t, m$district), Freq = m$N) }))
des <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h, weights = ~dw, data = s)
# raking to the town-specific cells: the two margins of each town are cells of these two factors
mm <- model.matrix(~sexage + tdistrict, s)
pop <- c(`(Intercept)` = sum(pop_district$Freq),
  setNames(pop_sexage$Freq, paste0("sexage", pop_sexage$sexage))[colnames(mm)[grepl("^sexage", colnames(mm))]],
  setNames(pop_district$Freq, paste0("tdistrict", pop_district$tdistrict))[colnames(mm)[grepl("^tdistrict", colnames(mm))]])
raked <- calibrate(des, ~sexage + tdistrict, population = pop, calfun = "raking", maxit = 200, epsilon = 1e-12)
sn <- subset(raked, q_safe_night %in% 1:4)
wa <- subset(raked, worry_assault %in% 1:5)
m1 <- svymean(~safe_night, sn); m2 <- svymean(~worry_assault, wa)
out <- data.frame(indicator = c("safe_night", "worry_assault"),
  estimate = sprintf("%.15g", c(coef(m1), coef(m2))), se = sprintf("%.15g", c(SE(m1), SE(m2))))
write.csv(out, "expected_pooled.csv", row.names = FALSE, quote = FALSE)
