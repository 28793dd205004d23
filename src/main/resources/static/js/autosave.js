/*
 * Saves a draft of a form on its own, a few seconds after the person stops typing and when the
 * page is hidden (a phone switching apps, a closed tab), by posting the form as its "Save draft"
 * button would. Without JavaScript the form works the same: the button is still there.
 * Marked up with <form data-autosave> and an element with data-autosave-status that carries the
 * texts data-saved (with {0} for the time) and data-failed.
 */
(function () {
	'use strict';
	var DELAY = 4000;
	document.querySelectorAll('form[data-autosave]').forEach(function (form) {
		var status = form.querySelector('[data-autosave-status]');
		var timer = null;
		var dirty = false;
		var saving = null;
		var submitted = false;

		function say(text) {
			if (status) {
				status.textContent = text;
			}
		}

		function save() {
			clearTimeout(timer);
			if (!dirty || saving || submitted) {
				return;
			}
			dirty = false;
			var data = new URLSearchParams(new FormData(form));
			data.set('action', 'draft');
			data.set('autosave', 'true');
			// form.action would be the button named "action", not the attribute
			saving = fetch(form.getAttribute('action'), {
				method: 'POST',
				body: data,
				credentials: 'same-origin',
				redirect: 'manual'
			}).then(function (response) {
				if (response.type === 'opaqueredirect' || response.ok) {
					var time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
					say(status.dataset.saved.replace('{0}', time));
				}
				else {
					dirty = true;
					say(status.dataset.failed);
				}
			}).catch(function () {
				dirty = true;
				say(status.dataset.failed);
			}).finally(function () {
				saving = null;
			});
		}

		function changed() {
			dirty = true;
			clearTimeout(timer);
			timer = setTimeout(save, DELAY);
		}

		form.addEventListener('input', changed);
		form.addEventListener('change', changed);
		form.addEventListener('submit', function () {
			submitted = true;
			clearTimeout(timer);
		});
		document.addEventListener('visibilitychange', function () {
			if (document.visibilityState === 'hidden') {
				save();
			}
		});
	});
})();
