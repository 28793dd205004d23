/*
 * Progressive enhancement of the city's application form (it works without this script):
 * - a live character counter under each narrative, warning past the limit;
 * - a copy of what is typed in the browser's local storage, restored if the page is opened again
 *   before it was saved (after a lost connection or an expired session), for the same stored version.
 */
(function () {
	'use strict';

	function length(text) {
		// the server counts line ends as one character
		return text.replace(/\r\n/g, '\n').trim().length;
	}

	function format(template, count, max) {
		return template.replace('{0}', count.toLocaleString()).replace('{1}', max.toLocaleString());
	}

	document.querySelectorAll('textarea[data-max]').forEach(function (area) {
		var counter = document.getElementById(area.getAttribute('data-counter'));
		if (!counter) {
			return;
		}
		var max = parseInt(area.getAttribute('data-max'), 10);
		var template = counter.getAttribute('data-template');
		var update = function () {
			var count = length(area.value);
			counter.textContent = format(template, count, max);
			counter.classList.toggle('field-error', count > max);
		};
		counter.hidden = false;
		area.addEventListener('input', update);
		update();
	});

	var form = document.querySelector('form[data-backup-key]');
	if (!form || !window.localStorage) {
		return;
	}
	var key = form.getAttribute('data-backup-key');
	var prefix = form.getAttribute('data-backup-prefix');
	var fields = form.querySelectorAll('textarea[name], input[name]:not([type=hidden]):not([type=file]):not([type=submit])');

	function current() {
		var values = {};
		fields.forEach(function (field) {
			values[field.name] = field.value;
		});
		return values;
	}

	try {
		for (var i = localStorage.length - 1; i >= 0; i--) {
			var stored = localStorage.key(i);
			if (stored && stored.indexOf(prefix) === 0 && stored !== key) {
				localStorage.removeItem(stored);
			}
		}
		var saved = JSON.parse(localStorage.getItem(key) || 'null');
		if (saved) {
			var restored = false;
			fields.forEach(function (field) {
				if (Object.prototype.hasOwnProperty.call(saved, field.name) && saved[field.name] !== field.value) {
					field.value = saved[field.name];
					field.dispatchEvent(new Event('input'));
					restored = true;
				}
			});
			var notice = document.querySelector('[data-restored-notice]');
			if (restored && notice) {
				notice.hidden = false;
			}
		}
	}
	catch (e) {
		// storage unavailable or full: the form still works
	}

	var timer = null;
	form.addEventListener('input', function () {
		clearTimeout(timer);
		timer = setTimeout(function () {
			try {
				localStorage.setItem(key, JSON.stringify(current()));
			}
			catch (e) {
				// ignore
			}
		}, 400);
	});
})();
