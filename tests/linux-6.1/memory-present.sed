s/^Memory: [0-9]*K\/\([0-9]*K\) available.*/Memory: ...K\/\1 available/
