cases <- list(
  list(x=c(120,100), T=c(16100,16000), l=0.95),
  list(x=c(11234,10957), T=c(301000,299290), l=0.95),
  list(x=c(0,5), T=c(1000,1200), l=0.95),
  list(x=c(7,0), T=c(1000,1200), l=0.95),
  list(x=c(3,15), T=c(20000,21000), l=0.95),
  list(x=c(1874,11671), T=c(20000,290000), l=0.95),
  list(x=c(500,200), T=c(1e5,1e5), l=0.95),
  list(x=c(45,30), T=c(18000,18500), l=0.90),
  list(x=c(50,50), T=c(1,1), l=0.95),
  list(x=c(1,1), T=c(3,7), l=0.99),
  list(x=c(266609,250000), T=c(4043002,4056941), l=0.95)
)
for (k in cases) {
  r <- poisson.test(k$x, k$T, conf.level=k$l)
  cat(sprintf("%d;%s;%d;%s;%s;%.17g;%.17g;%.17g;%.17g\n", k$x[1], format(k$T[1], digits=17), k$x[2], format(k$T[2], digits=17), k$l,
      r$estimate, r$conf.int[1], r$conf.int[2], r$p.value))
}
