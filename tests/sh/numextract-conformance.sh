# The public numeral suites (Recognizers-Text, Duckling, cn2an, JioNLP) run
# through numextract with their conventions mapped; each suite's pass rate
# must stay at or above the floor measured when this test was written
# (jionlp_money_extractor wants nothing but money: a count SPEC reports,
# 两瓶 since 瓶 is a classifier, costs it a case).
. "$ROOT/tests/shlib"
need python3
"$ROOT/scripts/numextract-conformance" --bin "$ROOT/bin/numextract" \
    "$ROOT/tests/data/numextract/conformance" > "$T/rates"
while read -r suite floor; do
	rate=$(awk -v s="$suite" '$1 == s { print $3 }' "$T/rates")
	awk -v r="${rate:-0}" -v f="$floor" 'BEGIN { exit !(r >= f) }'
	check $? "numextract conformance $suite: ${rate:-missing} >= $floor"
done <<'FLOORS'
cn2an_an2cn 0.88
cn2an_cn2an 0.78
cn2an_transform 0.80
duckling_AmountOfMoney 0.45
duckling_Distance 0.85
duckling_Duration 0.35
duckling_Numeral 0.74
duckling_Ordinal 0.95
duckling_Quantity 0.25
duckling_Temperature 0.95
duckling_Volume 0.80
jionlp_money_extractor 0.64
jionlp_money_parser 0.60
rt_NumberWithUnit_AgeModel 0.95
rt_NumberWithUnit_CurrencyModel 0.70
rt_NumberWithUnit_DimensionModel 0.50
rt_NumberWithUnit_TemperatureModel 0.70
rt_Number_NumberModel 0.71
rt_Number_NumberRangeModel 0.80
rt_Number_NumberRangeModelExperimentalMode 0.84
rt_Number_OrdinalModel 0.95
rt_Number_PercentModel 0.60
TOTAL 0.72
FLOORS
