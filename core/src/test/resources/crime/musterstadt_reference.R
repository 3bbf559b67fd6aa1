# Reference values for CrimeAnalysisTest (the test project crime/musterstadt), computed with R 4.2.2.
# Run: Rscript musterstadt_reference.R. Output (estimate, ci low, ci high, p):
#   1.0914385556202679 1.0215425757120251 1.1661793747736562 0.0090646355092276545
#   1.0271216407355022 0.96244610939969899 1.0961603084462781 0.42014672083179339
#   2.1205091937765204 2.0320225184142009 2.2113843091987477 2.4646622825262673e-201
#   1.4068486149238684 1.3440761483664099 1.4717800959504539 1.0909141531819902e-44
# trends of Musterstadt, Straftaten insgesamt (later year first)
r <- poisson.test(c(1874, 1700), c(20200, 20000)); cat(sprintf("%.17g %.17g %.17g %.17g\n", r$estimate, r$conf.int[1], r$conf.int[2], r$p.value))
r <- poisson.test(c(1874, 1820), c(20200, 20150)); cat(sprintf("%.17g %.17g %.17g %.17g\n", r$estimate, r$conf.int[1], r$conf.int[2], r$p.value))
# nested benchmark: Musterstadt against the rest of Landkreis Zwickau, then carried over to the whole Kreis
whole <- function(theta, ta, tb) tb * theta / (ta * theta + (tb - ta))
r <- poisson.test(c(1874, 13545 - 1874), c(20200, 309600 - 20200))
cat(sprintf("%.17g %.17g %.17g %.17g\n", 1874 * 309600 / (20200 * 13545), whole(r$conf.int[1], 20200, 309600), whole(r$conf.int[2], 20200, 309600), r$p.value))
r <- poisson.test(c(1874, 266609 - 1874), c(20200, 4043002 - 20200))
cat(sprintf("%.17g %.17g %.17g %.17g\n", 1874 * 4043002 / (20200 * 266609), whole(r$conf.int[1], 20200, 4043002), whole(r$conf.int[2], 20200, 4043002), r$p.value))
