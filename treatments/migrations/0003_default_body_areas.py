from django.db import migrations

# A starting set that fits any physical-medicine clinic; editors rename, add or remove.
BODY_AREAS = [
    ("Head", "head, headache, headaches, migraine, migraines, concussion, vertigo, dizziness, balance, inner ear"),
    ("Jaw", "jaw, tmj, tmd, temporomandibular, teeth grinding, clenching"),
    ("Neck", "neck, cervical, whiplash, text neck"),
    ("Shoulder", "shoulder, shoulders, rotator cuff, shoulder blade, scapula, frozen shoulder"),
    ("Upper back", "upper back, mid back, thoracic, ribs, posture"),
    ("Lower back", "lower back, low back, lumbar, back pain, sciatica, disc, disk, herniated, spine, spinal"),
    ("Elbow, wrist and hand", "elbow, wrist, hand, hands, finger, fingers, thumb, carpal tunnel, tennis elbow, golfer's elbow, forearm"),
    ("Hip and pelvis", "hip, hips, pelvis, pelvic, glute, glutes, groin, si joint, sacroiliac, piriformis, it band, iliotibial"),
    ("Knee", "knee, knees, acl, mcl, meniscus, patella, kneecap, runner's knee, jumper's knee, hamstring, quadriceps, quads"),
    ("Ankle and foot", "ankle, ankles, foot, feet, heel, achilles, plantar fasciitis, arch, toe, toes, calf, calves, shin, shin splints"),
]


def create(apps, schema_editor):
    BodyArea = apps.get_model("treatments", "BodyArea")
    for name, keywords in BODY_AREAS:
        slug = name.lower().replace(",", "").replace(" and ", "-and-").replace(" ", "-")
        BodyArea.objects.get_or_create(name=name, defaults={"slug": slug, "keywords": keywords})


class Migration(migrations.Migration):
    dependencies = [("treatments", "0002_conditions_and_body_areas")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
