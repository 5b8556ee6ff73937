"""Bring existing sites' default search lexicon up to date (search/lexicon.txt).

Default entries that said too much or too little are replaced: a row still exactly as shipped (same words,
same meanings) is removed and the file's new version added; a row an editor changed is kept as it is.
Entries new to the file are added, as in 0007.
"""

from django.db import migrations

# The default entries this version replaces, as shipped: (words, meanings).
SUPERSEDED = [
    ('top of arm, upper arm, bicep, biceps, tricep, triceps', 'upper arm, biceps, shoulder'),
    ('elbow, elbows, funny bone, point of elbow', 'elbow'),
    ('forearm, forearms, lower arm', 'forearm, elbow, wrist'),
    ('thigh, thighs, front of thigh, quads, quadriceps', 'quadriceps, thigh'),
    ('back of thigh, hamstring, hamstrings, hammy', 'hamstring'),
    ('shin, shins, shinbone, front of leg, front of lower leg', 'shin, tibia'),
    ('calf, calves, calf muscle, back of lower leg', 'calf, gastrocnemius'),
    ('heel, heels, bottom of heel, heel bone', 'heel, plantar fascia'),
    ('skin, scar', 'scar tissue, skin'),
    ('hurts, hurting, sore, soreness, aching, achy, ache, aches, tender, painful, throbbing', 'pain'),
    ('gave way, gives way, buckled, buckles, unstable, loose, keeps giving out', 'instability, ligament'),
    ('down my arm, into my arm, radiates to arm', 'radiculopathy, nerve, neck'),
    ('rolled, rolled my ankle, twisted ankle, turned my ankle, went over on my ankle', 'ankle sprain, sprain'),
    ('sleeping wrong, slept funny, slept wrong, pillow, woke up with', 'wry neck, neck stiffness, sleep posture'),
    ('work injury, injured at work, workers comp, on the job', "work injury, workers' compensation"),
    ('it band, itb, it band syndrome, itbs, iliotibial', 'iliotibial band syndrome'),
    ('fibromyalgia, fibro, hurt all over, pain everywhere', 'fibromyalgia, chronic pain'),
]


def update(apps, schema_editor):
    from search.lexicon import load_default_terms

    term_model = apps.get_model("site_search", "SearchTerm")
    for words, means in SUPERSEDED:
        term_model.objects.filter(words=words, means=means).delete()
    load_default_terms(term_model, apps.get_model("treatments", "BodyArea"))


class Migration(migrations.Migration):
    dependencies = [("site_search", "0007_default_lexicon")]
    operations = [migrations.RunPython(update, migrations.RunPython.noop)]
