// Shows live which of the cycle's limits the ticked shortlist breaks. The server checks
// again on confirmation; this is only a help while ticking. Texts come from data-*
// attributes of the #shortlist-check element's form (no text is hard-coded here).
(function () {
	'use strict';
	var form = document.getElementById('shortlist-form');
	var out = document.getElementById('shortlist-check');
	if (!form || !out) {
		return;
	}
	var size = Number(form.dataset.size);
	var perCountry = Number(form.dataset.perCountry);
	var minimum = Number(form.dataset.minimum);
	var regions = (form.dataset.regions || '').split(' ').filter(Boolean);
	var texts = out.dataset;

	function fill(template, args) {
		return template.replace(/\{(\d+)\}/g, function (m, i) { return args[Number(i)]; });
	}

	function check() {
		var boxes = form.querySelectorAll('input[name="nominationIds"]:checked');
		var problems = [];
		var countries = {};
		var represented = {};
		boxes.forEach(function (box) {
			var c = box.dataset.country;
			countries[c] = (countries[c] || 0) + 1;
			represented[box.dataset.region] = true;
			if (Number(box.dataset.overall) < minimum - 1e-9) {
				problems.push(fill(texts.minimum, [box.dataset.city]));
			}
			if (countries[c] === perCountry + 1) {
				problems.push(fill(texts.country, [c, perCountry]));
			}
		});
		if (boxes.length > size) {
			problems.push(fill(texts.size, [boxes.length, size]));
		}
		if (regions.length <= size) {
			regions.forEach(function (r) {
				if (!represented[r]) {
					problems.push(fill(texts.region, [r]));
				}
			});
		}
		out.textContent = fill(texts.count, [boxes.length, size]) + ' ' + (problems.length ? problems.join(' ') : texts.ok);
	}

	form.addEventListener('change', check);
	check();
})();
